import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export class RecordSubjectStatementDto {
  @ApiProperty({ format: 'uuid', description: 'The subject heard' })
  @IsUUID('4')
  cadreId!: string;

  @ApiProperty({ example: 'The inspections were delegated to the mining bureau', maxLength: 10000 })
  @IsString()
  @MinLength(1)
  @MaxLength(10000)
  statement!: string;
}
