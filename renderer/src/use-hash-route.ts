import { useEffect, useState } from 'react';

export interface HashRoute<T extends string> {
  name: T;
  /** The part after the name: "#/today/2026-11-25" → "2026-11-25". */
  param: string | undefined;
}

/** The current view lives in the URL hash, so a reload (or the e2e test) lands on the same view. */
export function useHashRoute<T extends string>(routes: readonly T[], fallback: T): [HashRoute<T>, (name: T, param?: string) => void] {
  const read = (): HashRoute<T> => {
    const [name, param] = window.location.hash.replace(/^#\/?/, '').split('/') as [T, string | undefined];
    return routes.includes(name) ? { name, param: param || undefined } : { name: fallback, param: undefined };
  };
  const [route, setRoute] = useState<HashRoute<T>>(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  });
  return [route, (name, param) => (window.location.hash = param ? `#/${name}/${param}` : `#/${name}`)];
}
