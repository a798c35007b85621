import { Module } from '@nestjs/common';
import { AccidentCasualtiesController } from './accident-casualties/accident-casualties.http';
import { AccidentsByDepartmentController } from './accidents-by-department/accidents-by-department.http';
import { AccidentsByGradeController } from './accidents-by-grade/accidents-by-grade.http';
import { CoverageGapsController } from './coverage-gaps/coverage-gaps.http';
import { DepartmentAssessmentsController } from './department-assessments/department-assessments.http';
import { DepartmentTreeController } from './department-tree/department-tree.http';
import { FigureEventsController } from './figure-events/figure-events.http';
import { GetDepartmentComplianceController } from './get-department-compliance/get-department-compliance.http';
import { ListAccidentsController } from './list-accidents/list-accidents.http';
import { ListComplianceController } from './list-compliance/list-compliance.http';
import { ListDepartmentsController } from './list-departments/list-departments.http';

/**
 * Reading department compliance (aggregates, so every role): the department hierarchy, figures,
 * indicators, score and grade per year (the departments' annual work-safety assessment), the
 * events behind each figure, accidents by grade, the accidents with their casualties and cases,
 * casualties and accidents by grade per department, coverage gaps.
 */
@Module({
  controllers: [
    ListDepartmentsController,
    DepartmentTreeController,
    ListComplianceController,
    DepartmentAssessmentsController,
    GetDepartmentComplianceController,
    FigureEventsController,
    AccidentsByGradeController,
    ListAccidentsController,
    AccidentCasualtiesController,
    AccidentsByDepartmentController,
    CoverageGapsController,
  ],
})
export class ComplianceQueriesModule {}
