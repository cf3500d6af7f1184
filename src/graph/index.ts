export { GraphCalendarGateway, GRAPH_V1, SCOPES, type GraphCalendarGatewayOptions } from './graphCalendarGateway';
export { escapeHtml } from './escapeHtml';
export { planHtml } from './requests';
