import { describe, expect, it, vi } from 'vitest';
import { createSaveController, type Send } from '../../../lib/panel/save';
import { sampleJob } from '../../helpers/jobs';

const job = sampleJob({
  url: 'https://boards.example/jobs/1',
  canonicalUrl: 'https://boards.example/jobs/1',
});

describe('createSaveController', () => {
  it.each([
    [
      'a saved job',
      { saved: true, status: 'applied', savedAt: 5 },
      { state: 'saved', status: 'applied', savedAt: 5 },
    ],
    [
      'an unsaved job',
      { saved: false, status: null, savedAt: null },
      { state: 'idle', status: null, savedAt: null },
    ],
    ['an older answer without a status', { saved: true }, { state: 'saved', status: 'saved', savedAt: null }],
    [
      'a refused message',
      { ok: false, error: 'invalid message' },
      { state: 'idle', status: null, savedAt: null },
    ],
  ])('refresh reads %s', async (_name, answer, want) => {
    const save = createSaveController(job, () => Promise.resolve(answer));
    expect(await save.refresh()).toEqual(want);
  });

  it("asks with the posting's identity", async () => {
    const send = vi.fn<Send>(() => Promise.resolve({ saved: false }));
    await createSaveController(job, send).refresh();
    expect(send).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'saved-status', url: job.url, title: job.title, company: job.company }),
    );
  });

  it.each([
    [
      'saved',
      { ok: true, id: 'x', savedAt: 7, status: 'saved' },
      { state: 'saved', status: 'saved', savedAt: 7 },
    ],
    ['refused', { ok: false, error: 'disk full' }, { state: 'error', status: null, savedAt: null }],
  ])('save reports %s to every subscriber', async (_name, answer, want) => {
    const save = createSaveController(job, () => Promise.resolve(answer));
    const seen: string[] = [];
    save.subscribe((info) => seen.push(info.state));
    expect(await save.save()).toEqual(want);
    expect(seen).toEqual(['saving', want.state]);
    expect(save.get()).toEqual(want);
  });

  it('treats a failed message as a failed save', async () => {
    const save = createSaveController(job, () => Promise.reject(new Error('no background')));
    expect((await save.save()).state).toBe('error');
  });

  it('stops telling a listener that unsubscribed', async () => {
    const save = createSaveController(job, () => Promise.resolve({ ok: true, savedAt: 1 }));
    const listener = vi.fn();
    save.subscribe(listener)();
    await save.save();
    expect(listener).not.toHaveBeenCalled();
  });
});
