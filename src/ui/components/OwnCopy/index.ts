export { OwnCopyStatusLine } from './OwnCopyStatusLine';
