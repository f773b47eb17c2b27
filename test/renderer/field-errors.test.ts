import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../../renderer/src/field-errors.js';

const refusal = (fields: Record<string, string>) => ({ code: 'invalid_input' as const, message: '入力内容に誤りがあります。', fields });

describe('fieldErrors: the one way the window reads which field main refused', () => {
  it('gives a form the messages under its part of the request, keyed below it', () => {
    const error = refusal({ 'interruption.start': 'a', 'interruption.end': 'b', reason: 'c', 'interruptions.0': 'not ours' });
    expect(fieldErrors(error, 'interruption')).toEqual({ start: 'a', end: 'b' });
    expect(fieldErrors(error).reason).toBe('c');
  });

  it('without a prefix, every full path; without an error or fields, nothing', () => {
    expect(fieldErrors(refusal({ 'workHours.breaks.0.end': 'x' }))).toEqual({ 'workHours.breaks.0.end': 'x' });
    expect(fieldErrors(undefined, 'block')).toEqual({});
    expect(fieldErrors({ code: 'storage', message: '保存できません。' }, 'block')).toEqual({});
  });
});
