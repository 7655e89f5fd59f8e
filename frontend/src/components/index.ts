// Every built-in component element. The common ones are registered when this module is
// imported; the heavy or rarer ones are loaded with import() when a page first needs
// their kind (see lazy in core/element.ts), which keeps them out of the initial
// JavaScript.
import { lazy } from "../core/element";
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
import "./uploadbutton";
import "./downloadbutton";

lazy(["image"], () => import("./image"));
lazy(["imageeditor"], () => import("./imageeditor"));
lazy(["gallery"], () => import("./gallery"));
lazy(["annotatedimage"], () => import("./annotatedimage"));
lazy(["imageslider"], () => import("./imageslider"));
lazy(["audio"], () => import("./audio"));
lazy(["video"], () => import("./video"));
lazy(["dataframe"], () => import("./dataframe"));
lazy(["chatbot"], () => import("./chatbot"));
lazy(["plot"], () => import("./plot"));
lazy(["nativeplot"], () => import("./nativeplot"));
lazy(["code"], () => import("./code"));
lazy(["highlightedtext"], () => import("./highlightedtext"));
lazy(["colorpicker"], () => import("./colorpicker"));
lazy(["datetime"], () => import("./datetime"));
lazy(["multimodaltextbox"], () => import("./multimodaltextbox"));
lazy(["chathistory"], () => import("./chathistory"));
lazy(["dataset"], () => import("./dataset"));
