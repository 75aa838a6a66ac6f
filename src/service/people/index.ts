export { searchDirectory, withPeopleApi, type DirectoryPerson, type GraphGet } from './people-route';
