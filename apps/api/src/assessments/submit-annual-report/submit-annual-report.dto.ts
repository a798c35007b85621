import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class SubmitAnnualReportDto {
  @ApiProperty({
    description: 'How the two responsibilities were implemented during the year',
    maxLength: 20000,
  })
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  statement!: string;
}
