import type { MigrationInterface } from 'typeorm';
import { InitialReadModels1795893941706 } from './1795893941706-InitialReadModels';
import { AddComplianceIndexes1795895425435 } from './1795895425435-AddComplianceIndexes';
import { KeepPreparePositions1796126463777 } from './1796126463777-KeepPreparePositions';
import { BusinessTimeAndFairProcedure1796127075509 } from './1796127075509-BusinessTimeAndFairProcedure';
import { AddProjectionLeases1796127280234 } from './1796127280234-AddProjectionLeases';
import { CaseNarrativeMessages1796133180551 } from './1796133180551-CaseNarrativeMessages';
import { FlatCaseworkerQueue1796133604491 } from './1796133604491-FlatCaseworkerQueue';
import { QueueSortKeysAndDepartmentSubtrees1796138441131 } from './1796138441131-QueueSortKeysAndDepartmentSubtrees';
import { AddAccidentsReadModel1796148680252 } from './1796148680252-AddAccidentsReadModel';
import { ChineseNameKeys1796148857085 } from './1796148857085-ChineseNameKeys';
import { AddDutyGrounds1796150986654 } from './1796150986654-AddDutyGrounds';
import { CoverageGapOrder1796151961877 } from './1796151961877-CoverageGapOrder';
import { DepartmentTreeKeys1796154088327 } from './1796154088327-DepartmentTreeKeys';
import { ComplianceFactsByDepartmentFigure1796160259377 } from './1796160259377-ComplianceFactsByDepartmentFigure';
import { AccidentsByYearDepartmentGrade1796180917313 } from './1796180917313-AccidentsByYearDepartmentGrade';
import { CompactDepartmentTreeKeys1796200002841 } from './1796200002841-CompactDepartmentTreeKeys';
import { StoredComplianceRollUps1796223971745 } from './1796223971745-StoredComplianceRollUps';
import { QueueCounts1796267394652 } from './1796267394652-QueueCounts';
import { ClosedCasesNewestFirst1796268372294 } from './1796268372294-ClosedCasesNewestFirst';
import { QueueSubjectsInTheRow1796270647077 } from './1796270647077-QueueSubjectsInTheRow';

/** The read-model migrations for postgres, oldest first (npm run migrations:generate). */
export const POSTGRES_MIGRATIONS: readonly (new () => MigrationInterface)[] = [
  InitialReadModels1795893941706,
  AddComplianceIndexes1795895425435,
  KeepPreparePositions1796126463777,
  BusinessTimeAndFairProcedure1796127075509,
  AddProjectionLeases1796127280234,
  CaseNarrativeMessages1796133180551,
  FlatCaseworkerQueue1796133604491,
  QueueSortKeysAndDepartmentSubtrees1796138441131,
  AddAccidentsReadModel1796148680252,
  ChineseNameKeys1796148857085,
  AddDutyGrounds1796150986654,
  CoverageGapOrder1796151961877,
  DepartmentTreeKeys1796154088327,
  ComplianceFactsByDepartmentFigure1796160259377,
  AccidentsByYearDepartmentGrade1796180917313,
  CompactDepartmentTreeKeys1796200002841,
  StoredComplianceRollUps1796223971745,
  QueueCounts1796267394652,
  ClosedCasesNewestFirst1796268372294,
  QueueSubjectsInTheRow1796270647077,
];
