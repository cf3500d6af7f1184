export { DevTokenProvider } from './devTokenProvider';
