/** What the server reads and writes deal in. */

/** A row of "show servers state", with the two decoded fields added. */
export interface ServerState {
  be_id: number;
  be_name: string;
  srv_id: number;
  srv_name: string;
  srv_addr: string;
  srv_port: number;
  srv_op_state: number;
  srv_admin_state: number;
  srv_uweight: number;
  srv_iweight: number;
  srv_check_state: number;
  srv_agent_state: number;
  operational_state: OperationalState;
  admin_state: AdminState;
  [field: string]: string | number;
}

export type AdminState = "ready" | "drain" | "maint";
export type OperationalState = "up" | "down" | "stopping";

export interface Weight {
  current: number;
  initial: number;
}

export interface Address {
  address: string;
  port: number;
}
