export { CriteriaList } from './CriteriaList';
export type { CriteriaListProps } from './CriteriaList';
