import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

export class RegisterCadreDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Chosen by the caller, or generated' })
  @IsOptional()
  @IsUUID('4')
  cadreId?: string;

  @ApiProperty({ example: 'Li Wei', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @ApiProperty({ example: 'RS-2026-0042', maxLength: 50, description: 'Personnel file number' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9./-]{0,49}$/, {
    message: 'personnelNumber must be 1 to 50 letters, digits, or . / - (not starting with one)',
  })
  personnelNumber!: string;

  @ApiProperty({ format: 'uuid', description: 'The department that manages the personnel file' })
  @IsUUID('4')
  managingDepartmentId!: string;
}
