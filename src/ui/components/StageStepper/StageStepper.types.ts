import type { RefObject } from 'react';
import type { NameFit } from './useNameFit';
import type { EpochMs, SessionState, Stage } from '../../../domain';
import type { Words } from '../../../words';

export interface StageStepperProps {
  /** The shared session the stepper summarises. */
  session: SessionState;
  /** The time "time in stage" is measured up to. */
  now: EpochMs;
  /** Whether the path taken shows under the stages (the side panel shows it apart, out of its pinned bar). */
  showPath?: boolean;
  className?: string;
}

/** One stage of the stepper, with everything render needs as plain values. */
export interface StageStep {
  stage: Stage;
  label: string;
  status: 'done' | 'current' | 'upcoming';
  met: number;
  total: number;
  /** Human time spent here, e.g. "4 min"; null for a stage not visited yet. */
  time: string | null;
  /** The sentence a screen reader hears for this step. */
  description: string;
}

export interface StageStepperState {
  /** The reader's words: the stepper's names, and which way the path's arrows point. */
  words: Words;
  steps: StageStep[];
  /** Stage labels in the order they were visited, loops back included. */
  path: string[];
  /** Steps before the shown part of the path; 0 when the whole path is shown. */
  earlierSteps: number;
  /** How many times the conversation went back to an earlier stage. */
  loopsBack: number;
  /** Id tying the path list to its visible label. */
  pathLabelId: string;
  showPath: boolean;
  /** The stage list, measured to fit the names (useNameFit). */
  listRef: RefObject<HTMLOListElement>;
  /** How the names fit their columns in this language and width. */
  nameFit: NameFit;
  classes: {
    root: string;
    list: string;
    step: string;
    stepCurrent: string;
    stepDone: string;
    icon: string;
    name: string;
    detail: string;
    time: string;
    path: string;
    pathList: string;
    pathItem: string;
    arrow: string;
    visuallyHidden: string;
  };
  className?: string;
}
