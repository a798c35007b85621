import { Module } from '@nestjs/common';
import { AppointCadreHandler } from './appoint-cadre/appoint-cadre.handler';
import { AppointCadreController } from './appoint-cadre/appoint-cadre.http';
import { EstablishPostHandler } from './establish-post/establish-post.handler';
import { EstablishPostController } from './establish-post/establish-post.http';
import { RegisterCadreHandler } from './register-cadre/register-cadre.handler';
import { RegisterCadreController } from './register-cadre/register-cadre.http';
import { RelieveCadreHandler } from './relieve-cadre/relieve-cadre.handler';
import { RelieveCadreController } from './relieve-cadre/relieve-cadre.http';

/** The organisation use cases: one folder each (controller, DTO, command, handler). */
@Module({
  controllers: [
    EstablishPostController,
    RegisterCadreController,
    AppointCadreController,
    RelieveCadreController,
  ],
  providers: [EstablishPostHandler, RegisterCadreHandler, AppointCadreHandler, RelieveCadreHandler],
})
export class OrganisationModule {}
