import { planSection, withPlan } from '../../src/graph/occurrenceBody';
import { followUp } from './helpers';

const AGENDA = '<p>Agenda: <b>projects</b>, then feedback.</p>';
const changedContent = (update: ReturnType<typeof withPlan>): string => {
  if (!update.changed) throw new Error('expected a change');
  return update.content;
};
const sections = (html: string) => html.match(/<!-- stagecoach:plan /g)?.length ?? 0;

describe('the plan in an occurrence’s body', () => {
  const plan = followUp();

  it('adds the plan after the occurrence’s own text, which stays as it was', () => {
    const body = changedContent(withPlan({ contentType: 'html', content: AGENDA }, plan));
    expect(body.startsWith(AGENDA)).toBe(true);
    expect(body).toContain(planSection(plan));
    expect(body).toContain('Draft the message to Kim');
  });

  it('goes inside the document’s body when Exchange gave a whole document', () => {
    const doc = `<html><head><meta charset="utf-8"></head><body>${AGENDA}</body></html>`;
    const body = changedContent(withPlan({ contentType: 'html', content: doc }, plan));
    expect(body).toBe(`<html><head><meta charset="utf-8"></head><body>${AGENDA}${planSection(plan)}</body></html>`);
  });

  it('writes nothing when the body already carries exactly this plan', () => {
    const body = changedContent(withPlan({ contentType: 'html', content: AGENDA }, plan));
    expect(withPlan({ contentType: 'html', content: body }, plan)).toEqual({ changed: false });
  });

  it('replaces its own section in place when the plan changed, leaving the rest and another session’s plan', () => {
    const other = planSection(followUp({ sessionId: 'session-0', challenge: 'Last month’s plan', nextSteps: [] }));
    const before = changedContent(withPlan({ contentType: 'html', content: `${AGENDA}${other}<p>Room 4</p>` }, plan));
    const changed = followUp({ nextSteps: [{ text: 'Book the room', ownerName: 'Sam', due: '2026-12-09' }] });
    const after = changedContent(withPlan({ contentType: 'html', content: before }, changed));
    expect(after).toBe(`${AGENDA}${other}<p>Room 4</p>\n${planSection(changed)}`);
    expect(sections(after)).toBe(2);
    expect(after).not.toContain('Draft the message to Kim');
    expect(after).toContain('Last month’s plan');
  });

  it('keeps a plain-text body’s text, escaped, as HTML', () => {
    const body = changedContent(withPlan({ contentType: 'text', content: 'Agenda <b>\nsecond line' }, plan));
    expect(body.startsWith('Agenda &lt;b&gt;<br>second line')).toBe(true);
    expect(withPlan({ contentType: 'html', content: null }, plan)).toEqual({ changed: true, content: planSection(plan) });
  });

  it('escapes every typed text, so none can end the section or add markup', () => {
    const hostile = '--> <!-- /stagecoach:plan --><script>alert(1)</script><img src=x onerror=alert(1)>';
    const section = planSection(
      followUp({
        challenge: hostile,
        chosenOption: hostile,
        coacheeSummary: hostile,
        attendee: { address: 'sam@contoso.example', displayName: hostile },
        nextSteps: [{ text: hostile, ownerName: hostile, due: '2026-12-10' }],
      }),
    );
    expect(section).not.toMatch(/<script|<img/);
    expect(section.match(/-->/g)).toHaveLength(2); // the two markers only
    expect(section).toContain('--&gt; &lt;!-- /stagecoach:plan --&gt;&lt;script&gt;');
  });
});
