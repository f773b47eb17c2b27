/** One labelled field and an add button; the text is cleared only when the add succeeded (nothing typed is lost). */
import { useState } from 'react';
import { Field } from './field.js';

export function AddForm({ id, label, button, onAdd }: { id: string; label: string; button: string; onAdd: (text: string) => Promise<boolean> }) {
  const [text, setText] = useState('');
  return (
    <form
      className="row"
      onSubmit={(e) => {
        e.preventDefault();
        void onAdd(text).then((ok) => ok && setText(''));
      }}
    >
      <Field id={id} label={label} value={text} onChange={setText} />
      <button type="submit" className="secondary">
        {button}
      </button>
    </form>
  );
}
