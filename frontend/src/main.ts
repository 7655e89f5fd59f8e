// The entry point: registers every element, then the app shell renders the page from
// the config embedded in it.
import "./components/index";
import "./core/app";
