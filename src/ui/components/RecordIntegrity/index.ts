export { RecordIntegrityNotice } from './RecordIntegrityNotice';
