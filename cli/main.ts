import { BEDS } from "../shared/templates/beds";

console.log(BEDS.fields.length);
