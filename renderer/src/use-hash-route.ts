import { useEffect, useState } from 'react';

/** The current view lives in the URL hash, so a reload (or the e2e test) lands on the same view. */
export function useHashRoute<T extends string>(routes: readonly T[], fallback: T): [T, (route: T) => void] {
  const read = (): T => {
    const name = window.location.hash.replace(/^#\/?/, '') as T;
    return routes.includes(name) ? name : fallback;
  };
  const [route, setRoute] = useState<T>(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  });
  return [route, (next) => (window.location.hash = `#/${next}`)];
}
