/** The contract carries file contents as base64 text: every transport (IPC, HTTP, the e2e bridge) speaks JSON. */
export const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

export const base64File = (file: { name: string; bytes: Uint8Array }) => ({ name: file.name, base64: base64(file.bytes) });
