import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

export interface HashRoute<T extends string> {
  name: T;
  /** The part after the name: "#/today/2026-11-25" → "2026-11-25". */
  param: string | undefined;
}

/**
 * The current view lives in the URL hash, so a reload (or the e2e test) lands on the same view.
 *
 * The route changes in the same task as the navigation: `go` sets it inside the click that asked,
 * and a hash changed elsewhere (a link, the address bar, a notification) is rendered before the
 * `hashchange` task ends. Left to React's scheduler, the old view (yesterday's form, last week's
 * links) stayed on screen a moment longer on a busy machine, and a quick click or key landed on it.
 */
export function useHashRoute<T extends string>(routes: readonly T[], fallback: T): [HashRoute<T>, (name: T, param?: string) => void] {
  const read = (): HashRoute<T> => {
    const [name, param] = window.location.hash.replace(/^#\/?/, '').split('/') as [T, string | undefined];
    return routes.includes(name) ? { name, param: param || undefined } : { name: fallback, param: undefined };
  };
  const [route, setRoute] = useState<HashRoute<T>>(read);
  // Keeps the same object when nothing changed (the hashchange after `go`), so no second render.
  const follow = () =>
    setRoute((was) => {
      const now = read();
      return now.name === was.name && now.param === was.param ? was : now;
    });
  useEffect(() => {
    const onChange = () => flushSync(follow);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  });
  const go = (name: T, param?: string) => {
    window.location.hash = param ? `#/${name}/${param}` : `#/${name}`;
    follow();
  };
  return [route, go];
}
