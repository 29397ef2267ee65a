/** Values that must never leave the server: in any answer, log line or built asset. */
export const CANARY = {
  accessKeyId: 'AKIARELIABILITYCANARY',
  secretAccessKey: 'CanarySecretKey0000000000000000000reliability',
  sessionToken: 'CanarySessionToken11111111111111111111reliability',
  clientAuthorization: 'CanaryClientAuthorization2222222222reliability',
} as const;

export const SECRET_CANARIES = [CANARY.secretAccessKey, CANARY.sessionToken, CANARY.clientAuthorization];
