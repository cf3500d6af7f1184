// The en catalogue: every area's messages, compiled at build time (tools/catalogue.cjs).
import common from './common.json';
import panel from './panel.json';
import forms from './forms.json';
import guidance from './guidance.json';
import refusals from './refusals.json';
import failures from './failures.json';
import notes from './notes.json';
import stage from './stage.json';
import afterMeeting from './afterMeeting.json';
import setup from './setup.json';
import documents from './documents.json';
import insights from './insights.json';
import chat from './chat.json';

export default {
  ...common,
  ...panel,
  ...forms,
  ...guidance,
  ...refusals,
  ...failures,
  ...notes,
  ...stage,
  ...afterMeeting,
  ...setup,
  ...documents,
  ...insights,
  ...chat,
};
