// Backup and restore of the whole graph; the CLIs (exportCli.ts, importCli.ts) sit beside it.
export { exportBackup, type ExportOptions, type ExportReport } from './exportBackup.js';
export { verifyBackup, type VerifiedBackup } from './verifyBackup.js';
export { importBackup, type ImportOptions, type ImportReport } from './importBackup.js';
export { BackupRefusedError } from './errors.js';
export { FORMAT as BACKUP_FORMAT, VERSION as BACKUP_VERSION, manifestPathOf, type Manifest } from './format.js';
