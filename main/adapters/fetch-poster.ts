import { HttpTimeoutError, type HttpPoster } from '../ports/http-poster.js';

/** HttpPoster on Node's fetch, with a hard timeout. No cookies, no redirects to other hosts. */
export const fetchPoster: HttpPoster = {
  async post(url, json, timeoutMs) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
        body: JSON.stringify(json),
        redirect: 'error',
        signal: controller.signal,
      });
      await res.arrayBuffer().catch(() => undefined);
      return res.status;
    } catch (error) {
      if (controller.signal.aborted) throw new HttpTimeoutError();
      throw error;
    } finally {
      clearTimeout(timer);
    }
  },
};
