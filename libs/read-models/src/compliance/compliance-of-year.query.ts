import type { ComplianceWeights } from '@dutyledger/domain';
import type { GradeBands, JurisdictionCalendar } from '@dutyledger/domain';
import type { DataSource } from 'typeorm';
import { ownFigures } from './compliance-figures.query';
import { type DepartmentCompliance, complianceReport } from './compliance.report';
import { complianceDepartments } from './department-hierarchy.query';

/** How a year's compliance is read: the jurisdiction's calendar and the configured policy. */
export interface ComplianceReading {
  calendar: JurisdictionCalendar;
  weights: ComplianceWeights;
  bands: GradeBands;
}

/**
 * Every department's compliance in the jurisdiction's `year` (each before the departments under
 * it): figures, indicators, score and the grade of its annual work-safety assessment.
 */
export async function complianceOfYear(
  dataSource: DataSource,
  year: number,
  reading: ComplianceReading,
): Promise<DepartmentCompliance[]> {
  return complianceReport(
    await complianceDepartments(dataSource),
    await ownFigures(dataSource, year, reading.calendar),
    reading.weights,
    reading.bands,
  );
}
