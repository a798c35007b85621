// class-transformer keeps its @Type metadata in this module; its typings sit under types/.
declare module 'class-transformer/cjs/storage' {
  export { defaultMetadataStorage } from 'class-transformer/types/storage';
}
