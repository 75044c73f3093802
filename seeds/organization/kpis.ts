import type { Clock } from './clock.js';
import type { KpiRecord } from './types.js';

/**
 * KPI-CSAT-BILLING is in breach (below its threshold) since the refund-advice incident. Each KPI's
 * series is in measurements.ts, ending at lastValue on measuredOn.
 */
export const kpis = (t: Clock): KpiRecord[] => [
  {
    id: 'KPI-FCR-WEBCHAT', name: 'First-contact resolution, web chat', unit: 'percent', direction: 'higher-is-better',
    target: 72, threshold: 65, lastValue: 69.4, measuredOn: t.day(-2), owner: 'PER-CX-HEAD', measures: ['SYS-WEBCHAT'],
    indicates: ['RSK-MISROUTING', 'RSK-HALLUCINATION'],
  },
  {
    id: 'KPI-ESCALATION-WEBCHAT', name: 'Escalation rate to human agents, web chat', unit: 'percent', direction: 'lower-is-better',
    target: 25, threshold: 32, lastValue: 27.8, measuredOn: t.day(-2), owner: 'PER-OPS-MGR', measures: ['SYS-WEBCHAT', 'SYS-ROUTER'],
    indicates: ['RSK-HANDOFF-FAILURE', 'RSK-LLM-OUTAGE'],
  },
  {
    id: 'KPI-CSAT-BILLING', name: 'CSAT after billing assistant conversations', unit: 'percent satisfied', direction: 'higher-is-better',
    target: 80, threshold: 72, lastValue: 68.5, measuredOn: t.day(-3), owner: 'PER-CX-HEAD', measures: ['SYS-BILLING-BOT'],
    indicates: ['RSK-BILLING-ADVICE'],
  },
  {
    id: 'KPI-SENTIMENT-TREND', name: 'Net sentiment at end of conversation, 28-day trend', unit: 'score (-100 to 100)',
    direction: 'higher-is-better', target: 20, threshold: 5, lastValue: 12.5, measuredOn: t.day(-1), owner: 'PER-QA-LEAD',
    measures: ['SYS-SENTIMENT', 'SYS-WEBCHAT', 'SYS-VOICE-IVR'],
    indicates: ['RSK-TONE'],
  },
  {
    id: 'KPI-HANDLE-TIME-RATIO', name: 'AI handle time as a share of human handle time', unit: 'percent', direction: 'lower-is-better',
    target: 60, threshold: 85, lastValue: 71, measuredOn: t.day(-7), owner: 'PER-OPS-MGR', measures: ['SYS-WEBCHAT', 'SYS-VOICE-IVR'],
    indicates: ['RSK-HANDOFF-FAILURE'],
  },
  {
    id: 'KPI-HANDOFF-CONFIDENCE', name: 'Hand-offs made when intent confidence is below 0.60', unit: 'percent',
    direction: 'higher-is-better', target: 99, threshold: 97, lastValue: 98.1, measuredOn: t.day(-1), owner: 'PER-OPS-MGR',
    measures: ['SYS-INTENT', 'SYS-ROUTER', 'SYS-WEBCHAT'],
    indicates: ['RSK-HANDOFF-FAILURE'],
  },
  {
    id: 'KPI-STT-WER', name: 'Word error rate on the monthly call sample', unit: 'percent', direction: 'lower-is-better',
    target: 8, threshold: 12, lastValue: 9.6, measuredOn: t.day(-12), owner: 'PER-OPS-MGR', measures: ['SYS-STT'],
    indicates: ['RSK-MISROUTING'],
  },
  {
    id: 'KPI-PII-RECALL', name: 'Redaction recall on the PII gold set', unit: 'percent', direction: 'higher-is-better',
    target: 99.5, threshold: 98.5, lastValue: 99.2, measuredOn: t.day(-5), owner: 'PER-DPO', measures: ['SYS-PII-REDACT'],
    indicates: ['RSK-PII-LEAK'],
  },
];
