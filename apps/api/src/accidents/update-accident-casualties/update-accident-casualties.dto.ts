import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { AccidentFiguresDto } from '../accident-figures.dto';

/** The revised figures, all three, and why; the grade is re-derived from them. */
export class UpdateAccidentCasualtiesDto extends AccidentFiguresDto {
  @ApiProperty({ example: 'one seriously injured worker died in hospital', maxLength: 2000 })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason!: string;
}
