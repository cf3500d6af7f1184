/** Putting the app on the meeting stage, where the host allows it. */
export interface StageSharing {
  /** Whether this user may share now; never rejects. */
  canShare(): Promise<boolean>;
  share(): Promise<void>;
}
