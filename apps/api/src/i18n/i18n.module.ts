import { Module } from '@nestjs/common';
import { GetMessagesController } from './get-messages/get-messages.http';

/** The languages the api speaks: the message catalogues a client formats with. */
@Module({ controllers: [GetMessagesController] })
export class I18nModule {}
