/** This release of haproxy-api; a spec keeps it equal to package.json's and the rockspec's. */
export const VERSION = "0.1.0";
