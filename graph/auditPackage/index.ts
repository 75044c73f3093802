// The auditor's package: a scope's evidence as of a day, as a zipped BagIt bag, and its verification. The CLIs (packageCli.ts, verifyCli.ts) sit beside it.
export {
  buildAuditPackage, planAuditPackage, type AuditPackageOptions, type AuditPackagePlan, type AuditPackageReport,
  type AuditPackageRequest,
} from './buildAuditPackage.js';
export { verifyPackage, type PackageVerification } from './verifyPackage.js';
export type { PackageProblem } from './packageArtifact.js';
export type { PackageScope } from './packageScope.js';
