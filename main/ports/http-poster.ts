/** The one door to the network: used only by integrations the user turned on. */
export interface HttpPoster {
  /** Resolves with the HTTP status; rejects with TimeoutError or a network error. */
  post(url: string, json: unknown, timeoutMs: number): Promise<number>;
}

export class HttpTimeoutError extends Error {
  constructor() {
    super('timeout');
    this.name = 'HttpTimeoutError';
  }
}
