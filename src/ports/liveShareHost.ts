/**
 * The meeting's Live Share connection, as the Teams adapter hands it to the
 * entry and the entry hands it to src/sync: teams-js's `LiveShareHost.create()`
 * inside Teams, a test host in the simulator and in tests.
 *
 * Structural and library-free on purpose: src/teams may not import Live Share
 * and src/ports imports no library, yet teams-js's LiveShareHost fits this
 * shape as it is. Only src/sync looks inside (as Live Share's ILiveShareHost).
 */
export interface LiveShareHostHandle {
  getFluidTenantInfo(): Promise<unknown>;
  getFluidToken(containerId?: string): Promise<string>;
  getFluidContainerId(): Promise<unknown>;
  setFluidContainerId(containerId: string): Promise<unknown>;
  getNtpTime(): Promise<unknown>;
  registerClientId(clientId: string): Promise<unknown>;
  getClientInfo(clientId: string): Promise<unknown>;
}
