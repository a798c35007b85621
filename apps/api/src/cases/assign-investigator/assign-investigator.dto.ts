import { OccurredAt } from '../../platform/http/business-time.decorator';
import { ApiProperty } from '@nestjs/swagger';
import { Name } from '../../platform/http/fields';

export class AssignInvestigatorDto {
  @ApiProperty({
    example: 'supervisor-7',
    maxLength: 200,
    description: 'The user id (token subject) of the investigating supervisor',
  })
  @Name(200)
  investigatorId!: string;

  @OccurredAt('When the investigator was assigned')
  occurredAt?: string;
}
