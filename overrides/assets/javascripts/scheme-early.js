/* The reader's light or dark choice, else the system's, applied before anything is painted: loaded at the
   top of <body> (overrides/partials/header.html); the button is assets/javascripts/scheme.js. */
(function(){var s=null;try{s=localStorage.getItem("yd-scheme")}catch(e){}if(!s)s=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light";document.body.setAttribute("data-md-color-scheme",s==="dark"?"slate":"default")})();
