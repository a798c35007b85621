// The plugin's entry as the package exports it (`@nestjs/swagger/plugin`), typed by its dist
// files: the project's `moduleResolution: node` does not read package exports.
declare module '@nestjs/swagger/plugin' {
  export * from '@nestjs/swagger/dist/plugin';
}
