/**
 * The flow a restore and an import share: the item waiting behind its confirmation, busy while
 * main replaces all data, then a reload on the new data or the refusal handed back; cancelling
 * puts focus back on what opened the confirmation.
 */
import { useRef, useState } from 'react';
import type { IpcResult } from '../../../../shared/ipc/result.js';
import { replaceAllData } from './export-all.js';

export function useReplaceAllData<P, T>({ run, done, refused }: { run: (item: P) => Promise<IpcResult<T>>; done: (data: T) => string; refused: (message: string) => void }) {
  const [pending, setPending] = useState<P>();
  const [replacing, setReplacing] = useState(false);
  const opener = useRef<HTMLElement | null>(null);
  return {
    pending,
    replacing,
    ask(item: P, from: HTMLElement | null) {
      opener.current = from;
      setPending(item);
    },
    cancel() {
      setPending(undefined);
      opener.current?.focus();
    },
    async confirm() {
      if (pending === undefined) return;
      setReplacing(true);
      const refusal = await replaceAllData(() => run(pending), done);
      setReplacing(false);
      setPending(undefined);
      if (refusal) refused(refusal);
    },
  };
}
