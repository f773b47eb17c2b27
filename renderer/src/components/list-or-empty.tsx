/** A heading, then its items as a list, or one line saying there are none. */
import type { ReactNode } from 'react';

export function ListOrEmpty<T>({
  heading,
  level = 4,
  items,
  empty,
  ordered = false,
  testId,
  itemKey = (_item, index) => index,
  children: renderItem,
}: {
  heading: string;
  level?: 3 | 4;
  items: readonly T[];
  empty: string;
  ordered?: boolean;
  testId?: string;
  itemKey?: (item: T, index: number) => string | number;
  children: (item: T) => ReactNode;
}) {
  const Heading = level === 3 ? 'h3' : 'h4';
  const List = ordered ? 'ol' : 'ul';
  return (
    <>
      <Heading>{heading}</Heading>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <List className="plain-list" data-testid={testId}>
          {items.map((item, index) => (
            <li key={itemKey(item, index)}>{renderItem(item)}</li>
          ))}
        </List>
      )}
    </>
  );
}
