import { type CaseStep, type DemoCase, statusAfter } from './cases';

const story = (...steps: CaseStep[]): DemoCase => ({
  key: 'status',
  kind: 'PRE_ACCIDENT',
  openerKey: 'opener',
  openedOn: 100,
  subjects: ['a', 'b'],
  failureKeys: [],
  summary: 'A case told only by its steps',
  steps,
});

describe("a demo case's status after its steps", () => {
  it('is OPENED before any step', () => {
    expect(statusAfter(story())).toBe('OPENED');
  });

  it('follows the lifecycle to closed and reopened', () => {
    const decided = [
      { step: 'investigate', on: 90 },
      { step: 'decide', on: 60 },
    ] as const;
    expect(statusAfter(story(...decided))).toBe('DECIDED');
    expect(statusAfter(story(...decided, { step: 'close', on: 20, reason: 'Done' }))).toBe(
      'CLOSED',
    );
    expect(
      statusAfter(
        story(
          ...decided,
          { step: 'close', on: 20, reason: 'Done' },
          { step: 'reopen', on: 10, reason: 'A witness' },
        ),
      ),
    ).toBe('REOPENED');
  });

  it('stays APPEALED while another appeal is pending, as the domain says', () => {
    const steps: CaseStep[] = [
      { step: 'investigate', on: 90 },
      { step: 'decide', on: 60 },
      { step: 'appeal', on: 55, post: 'a', grounds: 'Lawful delegation' },
      { step: 'appeal', on: 54, post: 'b', grounds: 'Not on duty' },
      { step: 'appeal-decision', on: 40, post: 'a', outcome: 'UPHELD', reasoning: 'It stands' },
    ];
    expect(statusAfter(story(...steps))).toBe('APPEALED');
    const both: CaseStep = {
      step: 'appeal-decision',
      on: 30,
      post: 'b',
      outcome: 'UPHELD',
      reasoning: 'It stands',
    };
    expect(statusAfter(story(...steps, both))).toBe('DECIDED');
  });
});
