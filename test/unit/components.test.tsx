import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { Panel } from '../../components/Panel';
import { SavedJobRow } from '../../components/SavedJobRow';
import { sampleJob } from '../helpers/jobs';

const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>';

function mount(vnode: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  render(vnode, root);
  return root;
}

describe('Panel', () => {
  it('shows title, company, location and the raw pay text', () => {
    const job = sampleJob({
      salary: {
        min: 120000,
        max: 150000,
        currency: 'CAD',
        period: 'year',
        periodInferred: false,
        raw: 'CA$120K–CA$150K',
        source: 'label',
        evidence: 'Salary: CA$120K–CA$150K',
        flags: [],
      },
    });
    const root = mount(<Panel job={job} view={null} saveState="idle" onSave={() => {}} onClose={() => {}} />);
    expect(root.querySelector('.js-title')?.textContent).toBe('Platform Engineer');
    expect(root.querySelector('.js-company')?.textContent).toBe('Northwind Labs');
    expect(root.querySelector('.js-location')?.textContent).toBe('Remote - Canada');
    expect(root.querySelector('.js-salary')?.textContent).toBe('CA$120K–CA$150K');
  });

  it('renders page text as text, never as markup', () => {
    const root = mount(
      <Panel
        job={sampleJob({ title: HOSTILE, company: HOSTILE })}
        view={null}
        saveState="idle"
        onSave={() => {}}
        onClose={() => {}}
      />,
    );
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.querySelector('.js-title')?.textContent).toBe(HOSTILE);
  });

  it('calls onSave, and shows a saved job as saved', () => {
    const onSave = vi.fn();
    const root = mount(
      <Panel job={sampleJob({})} view={null} saveState="idle" onSave={onSave} onClose={() => {}} />,
    );
    root.querySelector<HTMLButtonElement>('.js-save')?.click();
    expect(onSave).toHaveBeenCalledOnce();
    const saved = mount(
      <Panel job={sampleJob({})} view={null} saveState="saved" onSave={onSave} onClose={() => {}} />,
    );
    expect(saved.querySelector('.js-save')?.textContent).toBe('Saved ✓');
    expect(saved.querySelector<HTMLButtonElement>('.js-save')?.disabled).toBe(true);
  });
});

describe('SavedJobRow', () => {
  const saved = (url: string) => ({
    id: url,
    job: sampleJob({ url, title: HOSTILE }),
    savedAt: Date.UTC(2026, 10, 1),
    updatedAt: Date.UTC(2026, 10, 1),
    status: 'saved' as const,
    notes: '',
    tags: [],
  });

  it('links only to http(s) pages and renders the title as text', () => {
    const root = mount(<SavedJobRow saved={saved('https://a.example/jobs/1')} onDelete={() => {}} />);
    expect(root.querySelector('a')?.getAttribute('href')).toBe('https://a.example/jobs/1');
    expect(root.querySelector('img, script')).toBeNull();
  });
});
