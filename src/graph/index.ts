export { GraphCalendarGateway, type GraphCalendarGatewayOptions } from './graphCalendarGateway';
export { GRAPH_V1, SCOPES, type GraphClientOptions } from './graphClient';
export { escapeHtml } from './escapeHtml';
export { planHtml } from './requests';
export { DriveArchiveStore, type DriveArchiveStoreOptions } from './driveArchiveStore';
export { archiveFileName, sessionIdFromFileName } from './archiveFileNames';
export { GraphTaskGateway, type GraphTaskGatewayOptions } from './graphTaskGateway';
export { GraphEventLookup, type GraphEventLookupOptions } from './graphEventLookup';
