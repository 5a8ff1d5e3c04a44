import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { Panel, saveLabel, type PanelProps, type SaveInfo } from '../../../components/panel/Panel';
import { NoPosting } from '../../../components/panel/NoPosting';
import { PanelBadge } from '../../../components/panel/PanelBadge';
import { VerdictChip } from '../../../components/shared/VerdictChip';
import type { Job } from '../../../lib/model/job';
import { viewFor } from '../../../lib/analysis/view';
import { CAD_SALARY, sampleJob } from '../../helpers/jobs';

const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
const IDLE: SaveInfo = { state: 'idle', status: null, savedAt: null };

function mount(vnode: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  render(vnode, root);
  return root;
}

function panel(job: Job, over: Partial<PanelProps> = {}): HTMLElement {
  const noop = (): void => {};
  const props = { job, view: null, save: IDLE, onSave: noop, onClose: noop, onCollapse: noop, onMove: noop };
  return mount(<Panel {...props} {...over} />);
}

describe('Panel', () => {
  it('shows title, company, workplace, location and the raw pay text', () => {
    const root = panel(sampleJob({ salary: CAD_SALARY }));
    expect(root.querySelector('.js-title')?.textContent).toBe('Platform Engineer');
    expect(root.querySelector('.js-company')?.textContent).toBe('Northwind Labs');
    expect(root.querySelector('.js-workplace')?.textContent).toBe('Remote');
    expect(root.querySelector('.js-location')?.textContent).toBe('Remote - Canada');
    expect(root.querySelector('.js-salary')?.textContent).toBe('CA$120K–CA$150K');
  });

  it('renders page text as text, never as markup', () => {
    const root = panel(sampleJob({ title: HOSTILE, company: HOSTILE }));
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.querySelector('.js-title')?.textContent).toBe(HOSTILE);
  });

  it('calls onSave, and shows a saved job as saved', () => {
    const onSave = vi.fn();
    panel(sampleJob({}), { onSave }).querySelector<HTMLButtonElement>('.js-save')?.click();
    expect(onSave).toHaveBeenCalledOnce();
    const saved = panel(sampleJob({}), { save: { state: 'saved', status: 'saved', savedAt: 1 } });
    expect(saved.querySelector('.js-save')?.textContent).toBe('Saved ✓');
    expect(saved.querySelector<HTMLButtonElement>('.js-save')?.disabled).toBe(true);
  });

  it.each<[string, 'onMove' | 'onCollapse' | 'onClose', string]>([
    ['move', 'onMove', '.js-move'],
    ['fold', 'onCollapse', '.js-collapse'],
    ['close', 'onClose', '.js-close'],
  ])('its %s button calls %s', (_name, prop, selector) => {
    const handler = vi.fn();
    panel(sampleJob({}), { [prop]: handler })
      .querySelector<HTMLButtonElement>(selector)
      ?.click();
    expect(handler).toHaveBeenCalledOnce();
  });

  it('shows the verdict for the profile and sends its evidence to the page', () => {
    const job = sampleJob({ salary: CAD_SALARY });
    const onShowEvidence = vi.fn();
    const view = viewFor(job, { country: 'CA', subdivision: null, currency: 'EUR', minPay: null });
    const root = panel(job, { view, onShowEvidence });
    expect(root.querySelector('.js-verdict')?.getAttribute('data-status')).toBe('eligible');
    expect(root.querySelector('.js-yearly')?.textContent).toMatch(/^≈ €[\d,]+–€[\d,]+ a year/);
    root.querySelector<HTMLButtonElement>('.js-verdict button.js-evidence')?.click();
    expect(onShowEvidence).toHaveBeenCalledWith('Remote - Canada');
    root.querySelector<HTMLButtonElement>('button.js-salary')?.click();
    expect(onShowEvidence).toHaveBeenLastCalledWith('CA$120K–CA$150K');
  });

  it('with no country set, offers the settings under the verdict; with one, does not', () => {
    const job = sampleJob({});
    const onOpenSettings = vi.fn();
    const unset = viewFor(job, { country: null, subdivision: null, currency: 'EUR', minPay: null });
    const root = panel(job, { view: unset, onOpenSettings });
    expect(root.querySelector('.js-verdict-reason')?.textContent).toBe(
      'Tell Jobsight where you live to get an answer.',
    );
    root.querySelector<HTMLButtonElement>('.js-settings')?.click();
    expect(onOpenSettings).toHaveBeenCalledOnce();
    const set = viewFor(job, { country: 'CA', subdivision: null, currency: 'EUR', minPay: null });
    expect(panel(job, { view: set, onOpenSettings }).querySelector('.js-settings')).toBeNull();
  });

  it("names the page's other postings, as text, and reads the one picked", () => {
    const onReadOther = vi.fn();
    const root = panel(sampleJob({}), { others: ['Customer Support Specialist', HOSTILE], onReadOther });
    const links = [...root.querySelectorAll<HTMLButtonElement>('.js-others button')];
    expect(links.map((b) => b.textContent)).toEqual(['Customer Support Specialist', HOSTILE]);
    expect(root.querySelector('.js-others img, .js-others script')).toBeNull();
    links[0]?.click();
    expect(onReadOther).toHaveBeenCalledWith('Customer Support Specialist');
    expect(panel(sampleJob({}), { others: [], onReadOther }).querySelector('.js-others')).toBeNull();
  });

  it('says when the posting is a repost of a job opened before, and nothing otherwise', () => {
    const job = sampleJob({});
    const view = viewFor(job, { country: 'CA', subdivision: null, currency: 'EUR', minPay: null });
    const repost = 'Reposted, first seen Oct 12';
    expect(panel(job, { view: { ...view, repost } }).textContent).toContain(repost);
    expect(panel(job, { view }).textContent).not.toContain('Reposted');
  });

  it('does not offer to find pay that only structured data states', () => {
    const root = panel(sampleJob({ salary: { ...CAD_SALARY, source: 'jsonld' } }), {
      onShowEvidence: vi.fn(),
    });
    expect(root.querySelector('button.js-salary')).toBeNull();
    expect(root.querySelector('.js-salary')?.textContent).toBe('CA$120K–CA$150K');
  });

  it('lists visa and citizenship flags, each with its sentence', () => {
    const eligibility = {
      ...sampleJob({}).eligibility,
      visaSponsorship: {
        value: 'not-offered' as const,
        source: 'text' as const,
        evidence: 'We cannot sponsor visas.',
      },
      citizenship: {
        value: 'US citizenship',
        source: 'text' as const,
        evidence: 'You must be a US citizen.',
      },
    };
    const onShowEvidence = vi.fn();
    const root = panel(sampleJob({ eligibility }), { onShowEvidence });
    const labels = [...root.querySelectorAll('.js-flag-label')].map((e) => e.textContent);
    expect(labels).toEqual(['No visa sponsorship', 'Requires US citizenship']);
    root.querySelector<HTMLButtonElement>('.js-flag-citizenship .js-evidence')?.click();
    expect(onShowEvidence).toHaveBeenCalledWith('You must be a US citizen.');
  });

  it('never quotes the same sentence twice: a flag whose sentence decided the verdict keeps only its label', () => {
    const rule = 'You are a Canadian citizen, a permanent or a temporary resident of Canada.';
    const job = sampleJob({
      eligibility: {
        ...sampleJob({}).eligibility,
        evidence: [{ text: rule, role: 'countries' }],
        citizenship: { value: 'CA citizenship or residency', source: 'text', evidence: rule },
      },
    });
    const view = viewFor(job, { country: 'CA', subdivision: null, currency: 'CAD', minPay: null });
    const root = panel(job, { view, onShowEvidence: vi.fn() });
    expect(view.verdict.evidence).toBe(rule);
    expect([...root.querySelectorAll('q')].map((q) => q.textContent)).toEqual([rule]);
    expect(root.querySelector('.js-flag-citizenship .js-flag-label')?.textContent).toBe(
      'Requires CA citizenship or residency',
    );
  });

  it('shows a note in a status line', () => {
    const root = panel(sampleJob({}), { note: 'That sentence is not visible on the page.' });
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      'That sentence is not visible on the page.',
    );
  });
});

describe('saveLabel', () => {
  it.each<[SaveInfo, string]>([
    [IDLE, 'Save'],
    [{ state: 'saving', status: null, savedAt: null }, 'Saving…'],
    [{ state: 'saved', status: 'saved', savedAt: 1 }, 'Saved ✓'],
    [{ state: 'saved', status: 'applied', savedAt: 1 }, 'Saved ✓ · Applied'],
    [{ state: 'saved', status: 'interviewing', savedAt: 1 }, 'Saved ✓ · Interviewing'],
    [{ state: 'error', status: null, savedAt: null }, 'Retry save'],
  ])('%j → %s', (info, want) => expect(saveLabel(info)).toBe(want));
});

describe('VerdictChip', () => {
  const verdict = {
    status: 'not-eligible' as const,
    reason: 'Germany is not among the places listed.',
    evidence: HOSTILE,
    evidenceIsData: false,
  };
  it('quotes the evidence as text, and as a button only when it can be shown', () => {
    const quoted = mount(<VerdictChip verdict={verdict} />);
    expect(quoted.querySelector('q.js-evidence')?.textContent).toBe(HOSTILE);
    expect(quoted.querySelector('button')).toBeNull();
    const linked = mount(<VerdictChip verdict={verdict} onShowEvidence={() => {}} />);
    expect(linked.querySelector('button.js-evidence')?.textContent).toBe(HOSTILE);
    expect(linked.querySelector('img, script')).toBeNull();
  });

  it('labels what only the page’s structured data says as data: no quote marks, nothing to find', () => {
    const data = { ...verdict, evidence: 'Camberwell, VIC, AU', evidenceIsData: true };
    const root = mount(<VerdictChip verdict={data} onShowEvidence={() => {}} />);
    expect(root.querySelector('q, button')).toBeNull();
    expect(root.querySelector('.js-evidence-data')?.textContent).toBe(
      'From the page’s job data: Camberwell, VIC, AU',
    );
  });
});

describe('PanelBadge', () => {
  it.each([
    ['eligible', false, '✓', 'Open the Jobsight panel: You can apply'],
    ['not-eligible', true, '✗', 'Open the Jobsight panel: Not open to you, saved'],
    [null, false, '?', 'Open the Jobsight panel'],
  ] as const)('%s (saved: %s)', (status, saved, mark, label) => {
    const onExpand = vi.fn();
    const root = mount(<PanelBadge status={status} saved={saved} onExpand={onExpand} />);
    const button = root.querySelector<HTMLButtonElement>('button.js-badge');
    expect(button?.getAttribute('aria-label')).toBe(label);
    expect(button?.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('.js-badge-mark')?.textContent).toBe(mark);
    button?.click();
    expect(onExpand).toHaveBeenCalledOnce();
  });
});

describe('NoPosting', () => {
  it.each([
    ['list', /list of jobs/],
    ['none', /does not look like a job posting/],
  ] as const)('says why a %s page holds no posting, and reads it anyway on request', (kind, why) => {
    const root = document.createElement('div');
    let read = 0;
    let closed = 0;
    render(<NoPosting kind={kind} onRead={() => read++} onClose={() => closed++} />, root);
    expect(root.querySelector('.js-title')?.textContent).toBe('No single job posting found here');
    expect(root.querySelector('.js-why')?.textContent).toMatch(why);
    root.querySelector<HTMLButtonElement>('.js-read-anyway')?.click();
    root.querySelector<HTMLButtonElement>('.js-close')?.click();
    expect([read, closed]).toEqual([1, 1]);
  });
});
