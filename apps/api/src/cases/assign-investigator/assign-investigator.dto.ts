import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class AssignInvestigatorDto {
  @ApiProperty({
    example: 'supervisor-7',
    maxLength: 200,
    description: 'The user id (token subject) of the investigating supervisor',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  investigatorId!: string;
}
