import { useEffect, useState } from 'react';
import type { TechoApi } from '../../shared/ipc/api.js';
import type { ChannelOutput } from '../../shared/ipc/contract.js';
import { peekStart } from './api/early-start.js';

/**
 * Today's date and the time by main's clock (so a fake clock in tests, or a corrected system
 * clock, is what the views show), asked again every 30 seconds for the now-line.
 */
export function useNow(api: TechoApi): ChannelOutput<'app:now'> | undefined {
  const [now, setNow] = useState<ChannelOutput<'app:now'> | undefined>(() => peekStart('appNow'));
  useEffect(() => {
    const ask = () => void api.appNow().then((r) => r.ok && setNow(r.data));
    ask();
    const timer = window.setInterval(ask, 30_000);
    return () => window.clearInterval(timer);
  }, [api]);
  return now;
}
