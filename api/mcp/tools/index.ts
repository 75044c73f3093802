// Every MCP tool, in the order tools/list shows them: questions first, then the writes.
import type { Tool } from '../tool.js';
import { coverageTool } from './coverage.js';
import { describeNodeTool } from './describeNode.js';
import { historyTool, pathTool, searchTool } from './explore.js';
import { frameworkCoverageTool } from './frameworkCoverage.js';
import { gapsTool } from './gaps.js';
import { impactTool } from './impact.js';
import { clauseLineageTool, controlLineageTool } from './lineage.js';
import { soaChangesTool } from './soaChanges.js';
import { staleEvidenceTool } from './staleEvidence.js';
import { statementOfApplicabilityTool } from './statementOfApplicability.js';
import { recordEvidenceTool, setImplementationStatusTool } from './writes.js';

export const tools: readonly Tool[] = [
  searchTool, describeNodeTool, coverageTool, staleEvidenceTool, controlLineageTool, clauseLineageTool, gapsTool, impactTool, statementOfApplicabilityTool,
  frameworkCoverageTool, pathTool, historyTool, soaChangesTool, recordEvidenceTool, setImplementationStatusTool,
];

export { coverageAnswer } from './coverage.js';
