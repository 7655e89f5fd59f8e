// Every built-in component element; importing this module registers them.
import "./fallback";
import "./textbox";
import "./button";
import "./number";
import "./slider";
import "./checkbox";
import "./checkboxgroup";
import "./radio";
import "./dropdown";
import "./markdown";
import "./html";
import "./json";
import "./label";
import "./timer";
import "./file";
