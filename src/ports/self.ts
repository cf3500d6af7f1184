/** Who is using this panel, as the host names them. */
export interface Self {
  userId: string;
  displayName: string;
  /** The user's sign-in address, when the host names it; shared so the coach can invite them. */
  address?: string | null;
}
