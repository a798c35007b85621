import { OccurredAt } from '../../platform/http/business-time.decorator';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, Matches } from 'class-validator';
import { NewId, Name } from '../../platform/http/fields';

export class RegisterCadreDto {
  @NewId()
  cadreId?: string;

  /** @example "Li Wei" */
  @Name(100)
  name!: string;

  @ApiProperty({ example: 'RS-2026-0042', maxLength: 50, description: 'Personnel file number' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9./-]{0,49}$/, {
    message: 'personnelNumber must be 1 to 50 letters, digits, or . / - (not starting with one)',
  })
  personnelNumber!: string;

  /** The department that manages the personnel file */
  @IsUUID('4')
  managingDepartmentId!: string;

  @OccurredAt('When the cadre was registered')
  occurredAt?: string;
}
